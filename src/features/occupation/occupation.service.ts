import { nodeId, occupationKey } from '../../model/ids';
import type { Entity } from '../graph/entity';
import type { GraphService } from '../graph/graph.service';

export class OccupationService {
  constructor(private readonly graph: GraphService) {}

  /**
   * An O*NET specialty (29-2011.01) is its own occupation; 29-2011.00 is the SOC occupation
   * 29-2011 itself. Unknown codes give null. `beforeRead` runs in the same tick as the read,
   * for loads that should travel with it.
   */
  async byCode(code: string, beforeRead?: (id: string) => void): Promise<Entity | null> {
    const id = nodeId.occupation(occupationKey(code));
    beforeRead?.(id);
    const occupation = await this.graph.node(id);
    return occupation?.__label === 'Occupation' ? occupation : null;
  }
}
