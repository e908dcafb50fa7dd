#| args: -rR -p
#| normalise: database
# A normal run: recipes run, files are created, the dump shows their states afterwards.
all: out.txt copy.txt
	@echo done
out.txt:
	@echo hello > $@
copy.txt: out.txt
	@cp $< $@
.PHONY: all
