# Generates random RST documents rich in sections, lists and transitions, for rst_differential.py.
# Usage: SEED COUNT OUTDIR
import random, sys, os
R = random.Random(int(sys.argv[1])); N = int(sys.argv[2]); OUT = sys.argv[3]
W = ["Alpha", "beta", "**Bold** title", "``code``", ":ref:`Ref <x>`", "200", "Status", "x_y", "a*b", "日本"]
def words(n): return " ".join(R.choice(W) for _ in range(n))
def table(ind):
    if R.random() < 0.5:
        return [ind+"+-----+-----+", ind+"| %s | %s |" % (R.choice(["a  ","b  ","200"]), R.choice(["OK ","x  "])), ind+"+-----+-----+"]
    return [ind+"===  ===", ind+"%s  %s" % (R.choice(["a  ","200"]), R.choice(["OK","x"])), ind+"===  ==="]
def title():
    t = words(R.randint(1,3)); c = R.choice("=-~^*#+")
    k = R.random()
    if k < 0.25: return [c*(len(t)+R.randint(0,2)), t, c*(len(t)+R.randint(0,2))]
    if k < 0.3: return [t, c*2]           # too short underline
    if k < 0.35: return [c*8, t, R.choice("=-")*8]  # mismatched overline
    return [t, c*max(len(t)+R.randint(-1,2), 1)]
def block(ind, d):
    k = R.random()
    if k < 0.2: return table(ind)
    if k < 0.3 and d < 3: return [ind+"- "+words(2), ""] + block(ind+"  ", d+1)
    if k < 0.38 and d < 3: return [ind+"#. "+words(2), ""] + block(ind+"   ", d+1)
    if k < 0.45 and d < 3: return [ind+":Field: "+words(1), ""] + block(ind+"   ", d+1)
    if k < 0.5 and d < 3: return [ind+words(1), ind+"   "+words(2)] + ([""] + block(ind+"   ", d+1) if R.random()<0.5 else [])
    if k < 0.55 and d < 3: return ["", ] + block(ind+"    ", d+1)
    if k < 0.6: return [ind+"----------"]
    if k < 0.65 and d < 3: return [ind+".. note:: "+words(1), ""] + block(ind+"   ", d+1)
    if k < 0.7: return [ind+"**Status code: %s**" % R.choice(["200","404","2OO"])]
    if k < 0.75: return [ind+words(2)+"::", ""] + [ind+"   "+l for l in table("")]
    if k < 0.8: return [ind+".. _target:", ""]
    return [ind+words(4)]
os.makedirs(OUT, exist_ok=True)
for n in range(N):
    doc = []
    for _ in range(R.randint(4, 14)):
        if R.random() < 0.35: doc += title() + [""]
        else: doc += block("", 0) + [""]
    if R.random() < 0.3:
        doc += table("")
        text = "\n".join(doc)
    else:
        text = "\n".join(doc) + "\n"
    open(os.path.join(OUT, "g%04d.rst" % n), "w").write(text)
