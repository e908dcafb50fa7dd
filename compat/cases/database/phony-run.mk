#| args: -rR -p clean all
#| normalise: database
# Phony targets after they ran, one of them twice named on the command line.
.PHONY: clean all
clean: ; @echo clean
all: clean ; @echo all
