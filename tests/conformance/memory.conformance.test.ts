import { seededMemoryStore } from '../helpers/server';
import { describeConformance } from './suite';

describeConformance('in-memory', seededMemoryStore);
