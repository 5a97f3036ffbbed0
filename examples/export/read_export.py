#!/usr/bin/env python3
"""Reads a CSV export of careergraph into pandas, with every column's type from manifest.json.

    npm run export -- --out out --format csv
    /usr/bin/python3 examples/export/read_export.py out

Nothing is guessed, so pandas warns of nothing: a string such as release "27.0" stays a
string ("None" too), a long column with gaps is Int64, arrays are Python lists, and an empty
array ([]) or string ("") differs from a missing value (None or <NA>). Needs pandas 1.5 or
later (Debian 12: apt-get install python3-pandas).
"""
import json
import sys
from pathlib import Path

import pandas as pd

# The header's neo4j-admin types as pandas dtypes. Arrays are read as text, then split; doubles
# as float64, then made Float64 (missing: <NA>), as pandas 1.5 parses Float64 without
# float_precision and can be a unit in the last place off (0.30000000000000004 gives 0.3).
DTYPES = {'string': 'string', 'long': 'Int64', 'double': 'Float64', 'boolean': 'boolean'}
READ_AS = {**DTYPES, 'double': 'float64'}
ELEMENTS = {'string': str, 'long': int, 'double': float, 'boolean': lambda text: text == 'true'}


def read_export(folder):
    """The nodes and edges of an export as data frames, columns named as the manifest says, and the manifest."""
    folder = Path(folder)
    manifest = json.loads((folder / 'manifest.json').read_text(encoding='utf-8'))
    if manifest['format'] != 'csv':
        raise ValueError(f'{folder} holds a {manifest["format"]} export, not csv')
    csv = manifest['csv']
    nodes, edges = (read_file(folder / manifest['files'][what]['path'], csv[what]['columns'], csv) for what in ('nodes', 'edges'))
    return nodes, edges, manifest


def read_file(path, columns, csv):
    headers = [c['header'] for c in columns]
    frame = pd.read_csv(
        path,
        sep=csv['delimiter'],
        quotechar=csv['quote'],
        encoding=csv['encoding'],
        dtype={c['header']: 'string' if c['type'].endswith('[]') else READ_AS[c['type']] for c in columns},
        # Only an empty field is missing: "None", "NA" and "null" are text.
        keep_default_na=False,
        na_values={header: [''] for header in headers},
        float_precision='round_trip',
    )
    if list(frame.columns) != headers:
        raise ValueError(f'{path}: the header is not the one manifest.json describes')
    frame.columns = [c['name'] for c in columns]

    # pandas reads "" (an empty string or array) as missing, as it does an empty field; the
    # emptyValues column names the row's properties that are set but empty.
    delimiter = csv['arrayDelimiter']
    empty_column = next(c['name'] for c in columns if c['role'] == 'emptyValues')
    empty = [frozenset() if cell is pd.NA else frozenset(cell.split(delimiter)) for cell in frame.pop(empty_column)]
    named = frozenset().union(*empty)
    for column in columns:
        name, kind = column['name'], column['type']
        if column['role'] == 'emptyValues':
            continue
        if kind.endswith('[]'):
            element = ELEMENTS[kind[:-2]]
            values = [
                [] if name in keys else None if cell is pd.NA else [element(text) for text in cell.split(delimiter)]
                for cell, keys in zip(frame[name], empty)
            ]
            frame[name] = pd.Series(values, index=frame.index, dtype=object)
        elif kind == 'double':
            frame[name] = frame[name].astype(DTYPES[kind])
        elif name in named:
            frame.loc[[name in keys for keys in empty], name] = ''
    return frame


def main(folder):
    nodes, edges, manifest = read_export(folder)
    for what, frame in (('nodes', nodes), ('edges', edges)):
        rows = manifest['files'][what]['rows']
        if len(frame) != rows:
            sys.exit(f'{what}: read {len(frame)} rows, manifest.json says {rows}')
        types = frame.dtypes.astype(str).value_counts().to_dict()
        print(f'{what}: {len(frame)} rows, {len(frame.columns)} columns {types}')
    sources = nodes[nodes['labels'].map(lambda labels: 'DataSource' in labels) & nodes['release'].notna()]
    for source in sources.itertuples():
        print(f'{source.id}: release {source.release!r} ({type(source.release).__name__})')
    if 'topCoded' in nodes.columns:
        top_coded = nodes['topCoded']
        print(f'topCoded: {top_coded.map(lambda v: v == []).sum()} empty arrays, {top_coded.isna().sum()} missing')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(f'usage: {sys.argv[0]} <export folder>')
    main(sys.argv[1])
