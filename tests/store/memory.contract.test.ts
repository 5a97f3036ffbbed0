import { MemoryStore } from '../../src/store/memory/memory.store';
import { describeStoreContract } from './contract';

describeStoreContract('in-memory', {
  open: async () => new MemoryStore(),
  close: (store) => store.close(),
});
