import { nodeId, occupationKey } from '../../model/ids';
import type { Entity } from '../graph/entity';
import type { GraphService } from '../graph/graph.service';

export class OccupationService {
  constructor(private readonly graph: GraphService) {}

  /**
   * An O*NET specialty (29-2011.01) is its own occupation; 29-2011.00 is the SOC occupation
   * 29-2011 itself. Unknown codes give null.
   */
  async byCode(code: string): Promise<Entity | null> {
    const occupation = await this.graph.node(nodeId.occupation(occupationKey(code)));
    return occupation?.__label === 'Occupation' ? occupation : null;
  }
}
