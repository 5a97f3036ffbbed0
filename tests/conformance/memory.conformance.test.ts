import { seededMemoryStore } from '../helpers/server';
import { describeConformance } from './suite';
import { describeTraversals } from './traversals';

describeConformance('in-memory', seededMemoryStore);
describeTraversals('in-memory', seededMemoryStore);
