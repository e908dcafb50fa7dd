#| args: -r
# .SECONDEXPANSION in implicit rule search: each pattern rule's prerequisites are expanded
# word by word for the candidate; the first word naming a file that neither exists nor can
# be made rejects the rule (later words are not expanded), and the next rule is tried. In
# the second pass (intermediate files allowed) the words are expanded again.
.SECONDEXPANSION:
all: y.o z.o
%.o: $$(info A[$$*]) %.c $$(info B[$$*]) ; @echo '$@: $^'
%.o: $$(info C[$$*]) %.s ; @echo '$@ (from s): $^'
%.c: %.w ; @echo '$@ from $^'
y.w z.s: ; @echo $@
