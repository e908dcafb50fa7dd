# $(shell) runs its command with $(SHELL), so bash syntax works after SHELL = /bin/bash.
SHELL = /bin/bash
$(info [$(shell [[ 1 == 1 ]] && echo bash)])
all: ; @:
