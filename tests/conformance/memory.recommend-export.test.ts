import { seededMemoryStore } from '../helpers/server';
import { describeRecommendAndExport } from './recommend-export';

describeRecommendAndExport('in-memory', seededMemoryStore);
