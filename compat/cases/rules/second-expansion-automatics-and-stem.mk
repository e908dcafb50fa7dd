#| args: -k top lib/x.gen a.obj b.obj
# Second expansion: $$| sees the order-only prerequisites named before, a pattern rule's
# $$+ is the target's own prerequisite list, `%` inside a reference is the stem before the
# text is expanded (pattern-specific and target-specific names), a variable holding `p|q`
# splits into normal and order-only parts, and an $(eval) there errors with no line.
.SECONDEXPANSION:
one two three four four-oo 3-count first last dep1 from-a from-b base order: ; @echo "made $@"
top: one two
top: three | four
top: $$|-oo $$(words $$+)-count ; @echo "$@: $^ / $|"
lib/x.gen: dep1 dep1
lib/%.gen: first $$+ last ; @echo "$@ <$+>"
split = base|order
a_src := from-a
%.obj: b_src := from-b
%.obj: $$(%_src) $$(split) ; @echo "$@: $^ / $|"
