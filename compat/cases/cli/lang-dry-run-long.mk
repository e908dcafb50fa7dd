# dry run long
#| args: --dry-run
all: ; echo hi