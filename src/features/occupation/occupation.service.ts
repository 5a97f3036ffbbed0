import { nodeId, socCodeOf } from '../../model/ids';
import type { Entity } from '../graph/entity';
import type { GraphService } from '../graph/graph.service';

export class OccupationService {
  constructor(private readonly graph: GraphService) {}

  /** An O*NET-SOC code names the same occupation as its SOC code; unknown codes give null. */
  async byCode(code: string): Promise<Entity | null> {
    const occupation = await this.graph.node(nodeId.occupation(socCodeOf(code)));
    return occupation?.__label === 'Occupation' ? occupation : null;
  }
}
