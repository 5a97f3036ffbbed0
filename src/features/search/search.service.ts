import { searchWords } from '../../model/search-text';
import { BadUserInputError } from '../../shared/errors';
import type { GraphService, RelatedConnection } from '../graph/graph.service';
import type { SearchArgs } from './search.args';

const MAX_WORDS = 10;

export class SearchService {
  constructor(private readonly graph: GraphService) {}

  search(args: SearchArgs): Promise<RelatedConnection> {
    const words = searchWords(args.text);
    if (words.length === 0) throw new BadUserInputError('text', 'must contain at least one letter or digit');
    if (words.length > MAX_WORDS) throw new BadUserInputError('text', `may hold at most ${MAX_WORDS} words`);
    return this.graph.search(words, args.types, args);
  }
}
