# SHELL given on the command line, in the environment, or both, as $(SHELL), as what runs
# recipes, and as SHELL in a recipe's environment: a command-line SHELL is exported when the
# environment had none; a SHELL from the environment is not exported (recipes get the
# environment's value back) unless the makefile says `export SHELL`.
for pre in '' 'export SHELL' 'export SHELL = /bin/dash' 'SHELL = /bin/dash' 'unexport SHELL' \
    'override SHELL = /bin/dash' 'export' 'all: SHELL = /bin/dash' 'all: export SHELL = /bin/dash' \
    'all: unexport SHELL = /bin/dash' 'SHELL := /bin/dash'; do
  printf '%s\nall: ; @echo "[$(SHELL)] $(origin SHELL) [$$SHELL] [$$0]"; env | grep -c "^SHELL=" || true\n' "$pre" > Makefile
  printf '%s\n' "== $pre"
  make; echo "exit=$?"
  make SHELL=/bin/dash; echo "exit=$?"
  make 'SHELL=$(X)' X=/bin/dash; echo "exit=$?"
  SHELL=/bin/bash make; echo "exit=$?"
  case $pre in all:\ export*) ;; *) SHELL=/bin/bash make SHELL=/bin/dash; echo "exit=$?" ;; esac
  SHELL=/bin/bash make -e; echo "exit=$?"
done
printf 'all: ; @$(MAKE) -s --no-print-directory -f sub.mk\n' > Makefile
printf 'x: ; @echo "sub [$(SHELL)] $(origin SHELL) [$$SHELL]"\n' > sub.mk
make SHELL=/bin/dash; echo "exit=$?"
SHELL=/bin/bash make SHELL=/bin/dash; echo "exit=$?"
SHELL=/bin/bash make; echo "exit=$?"
