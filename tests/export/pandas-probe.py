"""For tests/export/pandas.test.ts: reads an export with examples/export/read_export.py and
prints, as JSON, each frame's row count and dtypes, the rows asked for on stdin (missing
values left out) and any warning raised while reading.

    python3 -W error pandas-probe.py <export folder> <<< '{"nodes": [id, ...], "edges": ["TYPE|from|to", ...]}'
"""
import json
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / 'examples' / 'export'))
from read_export import read_export  # noqa: E402

import pandas as pd  # noqa: E402


def plain(value):
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value.item() if hasattr(value, 'item') else value


def rows(frame, keys, wanted):
    picked = frame[keys.isin(wanted)]
    out = {}
    for key, record in zip(keys[picked.index], picked.to_dict('records')):
        out[key] = {name: plain(v) for name, v in record.items() if v is not None and v is not pd.NA}
    return out


def main(folder):
    wanted = json.load(sys.stdin)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        nodes, edges, _ = read_export(folder)
    edge_keys = edges['type'] + '|' + edges['from'] + '|' + edges['to']
    report = {'pandas': pd.__version__, 'warnings': [str(w.message) for w in caught]}
    for what, frame, keys in (('nodes', nodes, nodes['id']), ('edges', edges, edge_keys)):
        report[what] = {
            'rows': len(frame),
            'dtypes': {name: str(dtype) for name, dtype in frame.dtypes.items()},
            'sample': rows(frame, keys, wanted[what]),
        }
    json.dump(report, sys.stdout)


if __name__ == '__main__':
    main(sys.argv[1])
