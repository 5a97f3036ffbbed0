/**
 * What each field of an operation costs, estimated before it runs (README "Errors and
 * limits"). A field that returns an object or a list costs its weight once per item of the
 * list it sits in, plus its own selection's cost times its list size; scalars are free.
 * Weights are store work in units of one neighbour read: 1 unless listed here.
 */
export const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  // Scores every candidate a profile's skills reach (about 900 at national scale).
  'Query.recommend': 1000,
  // Path search over the walkable relationships, then each stop's requirements.
  'Query.careerPaths': 400,
  // Every related occupation and curated target, each with its requirements.
  'Query.upskillingPaths': 200,
  'Query.skillLeverage': 200,
  // A full-text search of words of three letters or more (shorter words: SHORT_SEARCH_WEIGHTS).
  'Query.search': 20,
  'Query.similarOccupations': 40,
  'Query.skillGap': 40,
  'Query.automationExposure': 40,
  'Query.visaPathways': 20,
  'Query.relatedOccupations': 5,
  'GraphExport.nodes': 10,
  'GraphExport.edges': 10,
  'GraphExport.counts': 20,
  // Introspection, answered from the schema in memory: the whole schema, or one type.
  'Query.__schema': 100,
  'Query.__type': 5,
  // Property maps of any size, serialised whole.
  'ExportNode.properties': 3,
  'ExportEdge.properties': 1,
  // Three whole neighbour lists of the candidate, merged and sorted.
  'RecommendationEdge.skillsToAdd': 60,
  // Fifteen counts.
  'Occupation.dataCoverage': 15,
};

/**
 * A search for a one- or two-letter word matches a large part of the graph (a third of it
 * for "a"), all of which is ranked: its weight by the length of its shortest word.
 */
export const SHORT_SEARCH_WEIGHTS: Readonly<Record<number, number>> = { 1: 500, 2: 100 };

/** Page sizes by field that takes `first`: [default, maximum]; any other `first` is [20, 100]. */
export const PAGE_SIZES: Readonly<Record<string, readonly [number, number]>> = {
  'GraphExport.nodes': [100, 1000],
  'GraphExport.edges': [100, 1000],
  'Query.recommend': [10, 50],
  'Query.similarOccupations': [10, 50],
  'Query.upskillingPaths': [10, 50],
  'Query.skillLeverage': [10, 50],
  'Query.careerPaths': [3, 10],
  'RecommendationEdge.skillsToAdd': [10, 100],
  'SimilarOccupationEdge.sharedSkills': [10, 100],
};
export const DEFAULT_PAGE: readonly [number, number] = [20, 100];

/**
 * How long a list without `first` is assumed to be. A connection's `edges` and `nodes`, and
 * of any type named …Connection, are the page itself (1: the page size counted at the field
 * that took `first`). Any other list: 10.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'AutomationExposure.levels': 3,
  'AutomationLevelGroup.tasks': 40,
  'AutomationExposure.hedgingSkills': 20,
  'UpskillingOptionEdge.skills': 20,
  'CareerPath.steps': 6,
};
export const DEFAULT_LIST_SIZE = 10;
