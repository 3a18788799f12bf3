# Builds heldout.jsonl (the eval's JSONL format) from the *.src.txt files beside it, where each quote's
# content is wrapped as ⟪id|type|speaker entity|cue⟫ ... ⟪/⟫ (an id used twice is a split quote).
# These articles are invented for this project; they are a check that the engine generalises
# beyond the gold corpus.
import glob, json, os, re
here = os.path.dirname(os.path.abspath(__file__))
out = []
for src in sorted(glob.glob(os.path.join(here, '*.src.txt'))):
    raw = open(src, encoding='utf-8').read()
    text, quotes, order = '', {}, []
    pos = 0
    for m in re.finditer(r'⟪(\d+)\|(\w+)\|([^|]*)\|([^⟫]*)⟫(.*?)⟪/⟫', raw, re.S):
        text += raw[pos:m.start()]
        start = len(text.encode('utf-16-le')) // 2
        text += m.group(5)
        end = len(text.encode('utf-16-le')) // 2
        pos = m.end()
        qid = m.group(1)
        if qid not in quotes:
            quotes[qid] = {'id': 'q' + qid, 'type': m.group(2), 'content_spans': [], 'speaker_entity': m.group(3), 'cue': m.group(4)}
            order.append(qid)
        quotes[qid]['content_spans'].append([start, end])
    text += raw[pos:]
    out.append({'name': os.path.basename(src)[:-len('.src.txt')], 'text': text, 'quotes': [quotes[q] for q in order]})
with open(os.path.join(here, 'heldout.jsonl'), 'w', encoding='utf-8') as f:
    for doc in out:
        f.write(json.dumps(doc, ensure_ascii=False) + '\n')
print(len(out), 'articles,', sum(len(d['quotes']) for d in out), 'quotes')
