#| normalise: database
# An implicit chain with the intermediate declared .SECONDARY: it is kept after the run, and
# a terminal match-anything rule.
touch -d '2020-01-01 00:00:00' data.raw
cat > Makefile <<'MK'
%.mid: %.raw
	@cp $< $@
%.out: %.mid
	@cp $< $@
.SECONDARY: data.mid
%:: %.tmpl
	@echo never
all: data.out
MK
make -rR -p; echo "exit=$?"
ls
