# The recipe remaking an included makefile already sees --jobserver-auth in MAKEFLAGS; after
# the restart the makefiles are read without it and the goals' recipes see it again.
cat > Makefile <<'MK'
$(info parse: [$(MAKEFLAGS)] [$(MFLAGS)] restarts=$(MAKE_RESTARTS))
include inc.mk
inc.mk:
	@echo "remake: [$(MAKEFLAGS)] [$(MFLAGS)] env=[$$MAKEFLAGS]"
	@echo 'x=1' > $@
all:
	@echo "all: [$(MAKEFLAGS)] [$(MFLAGS)] env=[$$MAKEFLAGS] x=$(x)"
MK
make -j2 all
rm inc.mk
make -j3 -s all
make -j2 all
