import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { profileSchema, type Profile } from './profile.schema';
import { checkReferences } from './profile-references';
import { ProfileLoadError, type ProfileIssue } from './profile-errors';

type JsonPath = Array<string | number>;

/** Reads and validates every `*.json` profile under `dir`; any problem in any file loads nothing. */
export function loadProfiles(dir: string): Profile[] {
  const files = listJsonFiles(dir);
  const profiles: Profile[] = [];
  const issues: ProfileIssue[] = [];
  for (const file of files) {
    const result = parseProfile(readFileSync(file, 'utf8'), displayPath(file));
    if (result.ok) profiles.push(result.profile);
    else issues.push(...result.issues);
  }
  if (issues.length > 0) throw new ProfileLoadError(issues);
  return profiles;
}

/** Validates one file's text; `file` only names it in the issues. */
export function parseProfile(text: string, file: string): { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] } {
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { allowTrailingComma: false, disallowComments: true });
  const locate = positionFinder(text);
  if (parseErrors.length > 0 || !tree) {
    const issues = parseErrors.map((e) => ({
      file,
      ...locate(e.offset),
      path: '',
      reason: `invalid JSON: ${printParseErrorCode(e.error)}`,
    }));
    return { ok: false, issues: issues.length ? issues : [{ file, line: 1, column: 1, path: '', reason: 'empty file' }] };
  }
  const issueAt = (path: JsonPath, reason: string): ProfileIssue => ({
    file,
    ...locate(nearestNode(tree, path).offset),
    path: formatPath(path),
    reason,
  });

  const parsed = profileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => issueAt(i.path, i.message)) };
  }
  const referenceIssues = checkReferences(parsed.data);
  if (referenceIssues.length > 0) {
    return { ok: false, issues: referenceIssues.map((i) => issueAt(i.path, i.reason)) };
  }
  return { ok: true, profile: parsed.data };
}

/** Paths inside the working directory are shown relative to it, others in full. */
function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

function listJsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .map((name) => join(dir, name))
    .filter((path) => path.endsWith('.json') && statSync(path).isFile());
}

/** The node at `path`, or its closest existing ancestor (a missing field is reported at its parent). */
function nearestNode(tree: Node, path: JsonPath): Node {
  for (let length = path.length; length > 0; length--) {
    const node = findNodeAtLocation(tree, path.slice(0, length));
    if (node) return node.parent?.type === 'property' ? node.parent : node;
  }
  return tree;
}

function positionFinder(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return (offset) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    return { line: line + 1, column: offset - lineStarts[line] + 1 };
  };
}

function formatPath(path: JsonPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
