# Static pattern with $(filter): only matching targets are used.
files = a.c b.elc c.o
all: $(filter %.o,$(files)) $(filter %.elc,$(files)) ; @:
$(filter %.o,$(files)): %.o: %.c ; @echo obj $@ from $<
$(filter %.elc,$(files)): %.elc: %.el ; @echo elc $@ from $<
%.c %.el: ; @echo source $@
