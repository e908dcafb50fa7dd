# Texinfo/TeX built-ins: .texinfo -> .info and .tex -> .dvi under -n.
#| setup: touch doc.texinfo paper.tex
#| args: -n doc.info paper.dvi
