#!/usr/bin/env python3
"""Checks the repository's Markdown links: every relative link's file exists, and every #anchor is a heading of the file it
points into (GitHub's rules: lower case, spaces to hyphens, punctuation dropped but hyphens and underscores, letters of any
script kept, a repeated heading numbered -1, -2 ...). Links inside fenced code and inline code are not links.
Usage: python3 scripts/check-doc-links.py [FILE.md ...]   (default: every .md under the repository). Exit 1 on a broken link."""
import os, re, sys
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
def slug(h):
    h = h.strip().lower()
    h = re.sub(r'`', '', h)
    out=[]
    for ch in h:
        if ch in ' ': out.append('-')
        elif ch=='-' or ch=='_': out.append(ch)
        elif ch.isalnum(): out.append(ch)   # unicode letters/digits kept (Chinese too)
        # else: punctuation dropped
    return ''.join(out)
def headings(path):
    res=set();fence=False;counts={}
    for l in open(path, encoding='utf-8'):
        if l.startswith('```'): fence=not fence; continue
        if fence: continue
        m=re.match(r'^(#{1,6})\s+(.*?)\s*#*\s*$', l)
        if m:
            s=slug(m.group(2))
            n=counts.get(s,0); counts[s]=n+1
            res.add(s if n==0 else f'{s}-{n}')
    return res
LINK = re.compile(r'(!?\[[^\]]*\])\(([^)\s]+)\)')
def each_link(text):
    """yields (match) for links outside fenced code and inline code spans."""
    fence=False
    for lineno,l in enumerate(text.split('\n'),1):
        if l.startswith('```'): fence=not fence; continue
        if fence: continue
        # blank inline code spans
        masked = re.sub(r'`[^`]*`', lambda m: ' '*len(m.group(0)), l)
        for m in LINK.finditer(masked):
            yield lineno, m.group(2)
def check(files):
    bad=[]
    for f in files:
        text=open(f,encoding='utf-8').read()
        for lineno,t in each_link(text):
            if re.match(r'^[a-z]+:', t): continue
            path,_,anchor = t.partition('#')
            target = os.path.normpath(os.path.join(os.path.dirname(f), path)) if path else f
            if not os.path.exists(target): bad.append((f,lineno,t,'no such file')); continue
            if anchor:
                if os.path.isdir(target) or not target.endswith('.md'): bad.append((f,lineno,t,'anchor on non-markdown')); continue
                if anchor not in headings(target): bad.append((f,lineno,t,'no such anchor'))
    return bad
if __name__=='__main__':
    files = sys.argv[1:] or [os.path.join(r,x) for r,_,fs in os.walk('.') if not re.search(r'/(\.git|bin|obj|node_modules)(/|$)', r) for x in fs if x.endswith('.md')]
    files=[os.path.normpath(f) for f in files]
    bad=check(files)
    for b in bad: print(*b, sep=' | ')
    print(f'{len(files)} files, {len(bad)} broken links')
    sys.exit(1 if bad else 0)
