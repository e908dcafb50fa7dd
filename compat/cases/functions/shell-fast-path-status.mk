#| setup: touch notexec && mkdir adir
# Empty commands run nothing and leave .SHELLSTATUS alone; `:` and exit codes set it; a file
# that cannot be executed is reported by make (status 127); words are split as the shell would.
X := $(shell exit 3)
A := $(shell    )
$(info [$(A)] $(.SHELLSTATUS))
B := $(shell :)
$(info [$(B)] $(.SHELLSTATUS))
C := $(shell ./notexec a)
$(info [$(C)] $(.SHELLSTATUS))
D := $(shell ./adir)
$(info [$(D)] $(.SHELLSTATUS))
E := $(shell printf '%s|' a\ b 'c  d' "e")
$(info [$(E)] $(.SHELLSTATUS))
all:;@:
