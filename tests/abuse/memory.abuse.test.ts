import { seededMemoryStore } from '../helpers/server';
import { describeAbuse } from './abuse-suite';

describeAbuse('embedded', seededMemoryStore, { controlMs: 2000 });
