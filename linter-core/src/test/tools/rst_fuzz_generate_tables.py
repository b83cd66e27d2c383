# Generates random RST documents rich in tables, cell content and inline markup (some tables
# deliberately broken), for rst_differential.py. Usage: SEED COUNT OUTDIR
import random, sys, os
R = random.Random(int(sys.argv[1]))
N = int(sys.argv[2])
WORDS = ["alpha", "beta", "gamma", "200", "OK", "x_y", "name_", "a*b", "*em*", "**strong**", "``lit``",
         ":ref:`T <t>`", ":ref:`tgt`", "`phrase <http://e.org>`_", "|sub|", "[1]_", "\\*", "(*)", "'*'",
         "`interp`", ":literal:`v`", "-", "--", "a:b", "e.g.", "http://x.org/a_b", "*", "**", "``", "`",
         "_`tgt`", "word_", "**bold text**", "*a* *b*", "x\\ y", "3 * 4", ":unknown:`u`", "日本"]
def words(n): return " ".join(R.choice(WORDS) for _ in range(n))
def para(width):
    out=[]; line=""
    for _ in range(R.randint(1,8)):
        w=R.choice(WORDS)
        if len(line)+len(w)+1>width and line: out.append(line); line=w
        else: line=(line+" "+w).strip()
    if line: out.append(line)
    return out
def cell_content(width):
    kind=R.random()
    if kind<0.5: return para(width)
    if kind<0.6: return ["- "+words(1), "- "+words(1)]
    if kind<0.7: return ["1. "+words(1), "2. "+words(1)]
    if kind<0.75: return [words(1)+"::", "", "   "+words(1)]
    if kind<0.8: return para(width)+[""]+para(width)
    if kind<0.85: return [":f: "+words(1)]
    if kind<0.9: return [words(1), "   "+words(1)]
    if kind<0.92: return []
    if kind<0.93: return ["| "+words(1)]
    if kind<0.94: return ["#. "+words(1), "#. "+words(1)]
    if kind<0.95: return ["-a  "+words(1), "--b=X  "+words(1)]
    if kind<0.96: return [".. "+words(1), "   "+words(1), "", words(1)]
    if kind<0.97: return ["+---+---+", "| a | b |", "+---+---+"]
    if kind<0.98: return ["=== ===", "x   y", "=== ==="]
    if kind<0.99: return [".. _t:", "", words(1)]
    return ["(a) "+words(1), "(b) "+words(1)]
def grid(indent):
    cols=R.randint(1,4); widths=[R.randint(6,22) for _ in range(cols)]
    rows=R.randint(1,4); header=R.random()<0.6 and rows>1
    border="+"+"+".join("-"*w for w in widths)+"+"
    hborder="+"+"+".join("="*w for w in widths)+"+"
    lines=[border]
    for r in range(rows):
        contents=[cell_content(w-2) for w in widths]
        contents=[[l for l in c if len(l)<=w-2] for c,w in zip(contents,widths)]
        h=max(1,max(len(c) for c in contents))
        for k in range(h):
            lines.append("|"+"|".join(" "+(c[k] if k<len(c) else "").ljust(w-1) for c,w in zip(contents,widths))+"|")
        lines.append(hborder if (header and r==0) else border)
    return [indent+l for l in lines]
def spans(indent):
    # a 3x3 grid with random merged cells (a blank border segment merges vertically)
    w=R.randint(5,9)
    seg="-"*w
    rows=[]
    top="+"+"+".join([seg]*3)+"+"
    lines=[top]
    for r in range(3):
        merge_right=[R.random()<0.25 for _ in range(2)]
        line="|"
        for c in range(3):
            line+=(" "+R.choice(["a","b","**c**","d e"])).ljust(w)
            line+=" " if (c<2 and merge_right[c]) else "|"
        lines.append(line)
        if r<2:
            b="+"
            for c in range(3):
                b+=(" "*w if R.random()<0.2 else seg)+"+"
            lines.append(b)
    lines.append(top)
    return [indent+l for l in lines]
def listtable(indent):
    cols=R.randint(1,3); out=[indent+".. list-table:: "+words(1), indent+"   :header-rows: %d" % R.randint(0,1), ""]
    for r in range(R.randint(2,3)):
        for c in range(cols):
            out.append(indent+"   "+("* - " if c==0 else "  - ")+(words(2) if R.random()<0.9 else ""))
    return out
def csvtable(indent):
    cols=R.randint(1,3); out=[indent+".. csv-table:: "+words(1)]
    if R.random()<0.5: out.append(indent+'   :header: "h1", "h2"')
    out.append("")
    for r in range(R.randint(1,3)):
        out.append(indent+"   "+", ".join(R.choice(['a','"b, c"','**d**','e f','""']) for _ in range(cols)))
    return out
def simple(indent):
    cols=R.randint(2,4); widths=[R.randint(3,14) for _ in range(cols)]
    border="  ".join("="*w for w in widths)
    lines=[border]
    rows=R.randint(1,4); header=R.random()<0.5
    for r in range(rows):
        cells=[]
        for i,w in enumerate(widths):
            p=para(w if i<cols-1 else 30)[0] if R.random()<0.9 else ""
            if i<cols-1: p=p[:w].rstrip()
            cells.append(p)
        if not cells[0]: cells[0]=R.choice(["x","\\","1"])
        line=""
        pos=0
        for i,(c,w) in enumerate(zip(cells,widths)):
            line=line.ljust(pos)+c; pos+=w+2
        lines.append(line.rstrip())
        if R.random()<0.2 and r<rows-1:
            lines.append(" "*(widths[0]+2)+words(1))
        if header and r==0: lines.append(border)
    lines.append(border)
    return [indent+l for l in lines]
def block(indent, depth):
    k=R.random()
    if k<0.25: return [indent+l for l in para(60)]
    if k<0.45: return grid(indent)
    if k<0.6: return simple(indent)
    if k<0.3: return spans(indent)
    if k<0.33: return listtable(indent)
    if k<0.36: return csvtable(indent)
    if depth>2: return [indent+words(3)]
    if k<0.68: return [indent+".. table:: "+words(2), ""]+block(indent+"   ", depth+1)
    if k<0.74: return [indent+".. note::", ""]+block(indent+"   ", depth+1)
    if k<0.78: return [indent+"- item "+words(1), ""]+block(indent+"  ", depth+1)
    if k<0.82: return [indent+"Example::", ""]+block(indent+"   ", depth+1)
    if k<0.85: return [indent+".. code-block:: text", ""]+block(indent+"   ", depth+1)
    if k<0.88: return [indent+".. "+words(1)]+block(indent+"   ", depth+1)
    if k<0.91: return [indent+"term "+words(1)]+block(indent+"   ", depth+1)
    if k<0.94: return [indent+".. only:: html", ""]+block(indent+"   ", depth+1)
    if k<0.97 and indent=="":
        t=words(2); c=R.choice("=-~^")
        if R.random()<0.3: return [c*(len(t)+2), " "+t, c*(len(t)+2)]
        return [t, c*max(len(t),4)]
    return [indent+"**Status code: %d**" % R.choice([200,404])]
def mutate(lines):
    # break a table now and then: a character changed, a line shortened or dropped
    out=list(lines)
    if not out: return out
    i=R.randrange(len(out)); l=out[i]
    k=R.random()
    if k<0.4 and l:
        j=R.randrange(len(l)); out[i]=l[:j]+R.choice("+-|= x")+l[j+1:]
    elif k<0.7 and l:
        out[i]=l[:-1]
    elif k<0.85:
        del out[i]
    else:
        out[i]=l+" x"
    return [x.rstrip() if x.strip() else "" for x in out]
os.makedirs(sys.argv[3], exist_ok=True)
for n in range(N):
    doc=["Title %d" % n, "=========", ""]
    for _ in range(R.randint(3,10)):
        b=block("",0)
        if R.random()<0.15: b=mutate(b)
        doc+=b+[""]
    open(os.path.join(sys.argv[3], "f%04d.rst" % n), "w").write("\n".join(doc)+"\n")
