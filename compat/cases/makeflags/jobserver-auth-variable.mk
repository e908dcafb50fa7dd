#| args: -j2 -s --trace --no-print-directory k=v -Oline --eval=e=1
# With -j2 (each target waiting for the one before) the top make creates a jobserver: from then on (recipes, not while reading) the
# MAKEFLAGS and MFLAGS variables carry --jobserver-auth=R,W after the options with arguments.
$(info parse: [$(MAKEFLAGS)] [$(MFLAGS)])
early := $(MAKEFLAGS)
t: tsv := [$(MAKEFLAGS)]
t: tsr = [$(MAKEFLAGS)]
all: t
t: b
b: a
	@echo "all: [$(MAKEFLAGS)] [$(MFLAGS)] env=[$$MAKEFLAGS] early=[$(early)]"
	@echo "shell: [$(shell echo "$$MAKEFLAGS")] origin=$(origin MAKEFLAGS)/$(origin MFLAGS)"
a b:
	@echo "$@: [$(MAKEFLAGS)]"
t:
	@echo "$@: $(tsv) $(tsr)"
	$(info info: [$(MAKEFLAGS)])
