# -q -k: a target whose prerequisite is not up to date runs none of its `+` lines, and the
# exit status is that of the first goal that was not up to date (1 even when a later goal
# has no rule; 2 when the failure comes first).
printf 'a: b\n\t+echo a\nb:\n\techo b\n' > m5.mk
printf 'a:\n\techo a\nc:\n\techo c\n' > m6.mk
printf 'a: b\n\t+echo a\nb:\n\t+echo b\n\techo x\n' > m7.mk
make -q -k -f m5.mk a; echo "exit=$?"
make -q -k -f m6.mk a b; echo "exit=$?"
make -q -k -f m6.mk b a; echo "exit=$?"
make -q -k -f m7.mk; echo "exit=$?"
make -q -f m7.mk; echo "exit=$?"
