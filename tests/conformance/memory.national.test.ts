import { seededMemoryStore } from '../helpers/server';
import { describeNational } from './national';

describeNational('in-memory', seededMemoryStore);
