# A rule line's backslash-quoted `#` (and `;`) lose their quoting backslash (runs halved)
# before the line is parsed, as GNU's find_char_unquote edits it: `foo\#bar:` names the file
# `foo#bar`; `x\\#y` starts a comment after `x\`; references are left alone.
cat > Makefile <<'MK'
all: foo\#bar x\\#y
foo\#bar: ; @echo "[$@]"
X = a\#b \\#c
$(info [$(X)] [$(value X)])
%: ; @echo any "[$@]"
MK
make; echo "exit=$?"
cat > Makefile <<'MK'
all: c\\\#d t1 t2 a\;b
c\\\#d: ; @echo "[$@]"
t1: X = v\#w\;z
t1: ; @echo "[$(X)]"
t2: $(subst \#,H,p\#q) ; @echo "[$^]"
%: ; @echo any "[$@]"
MK
make; echo "exit=$?"
make 'c\#d'; echo "exit=$?"
