# -j1 and -j (no limit) create no jobserver: no --jobserver-auth in MAKEFLAGS or MFLAGS.
printf 'all: b\n\t@echo "all: [$(MAKEFLAGS)] [$(MFLAGS)] env=[$$MAKEFLAGS]"\nb: a\na b:\n\t@echo "$@: [$(MAKEFLAGS)]"\n' > Makefile
make -j1
make -j
make -j -k x=1
make -j2 -j1
make -j1 -j3
