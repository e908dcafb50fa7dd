# A makefile's time is the one it has after reading: an included file that `$(shell)` or
# `$(file)` changes after it was read is not older than its prerequisite any more, so it is
# not remade (xmake takes the time it found when it opened the file only while nothing ran).
printf 'x = 1\n' > inc.mk
printf 'x = 2\n' > inc2.mk
touch -d '2020-01-01' inc.mk inc2.mk
touch -d '2021-01-01' dep
cat > Makefile <<'EOF'
include inc.mk
include inc2.mk
$(shell touch inc.mk)
$(file >>inc2.mk,)
inc.mk inc2.mk: dep ; @echo remaking $@; touch $@
all: ; @echo all $(x)
EOF
make; echo "exit=$?"
# Untouched, both are remade (their time as found when they were opened).
touch -d '2020-01-01' inc.mk inc2.mk
sed -i -e '/shell/d' -e '/file/d' Makefile
make; echo "exit=$?"
