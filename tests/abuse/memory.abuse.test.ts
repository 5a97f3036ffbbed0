import { seededMemoryStore } from '../helpers/server';
import { describeAbuse } from './abuse-suite';

// The bound tells a served control query from one starved until the 5 s deadline; speed itself
// is measured by bench:limits (p99 ~240 ms). 2 s was exceeded by 0.1 s in a full run on 2 busy
// cores (other suites run beside this one), so it is 3 s, as on Neo4j.
describeAbuse('embedded', seededMemoryStore, { controlMs: 3000 });
