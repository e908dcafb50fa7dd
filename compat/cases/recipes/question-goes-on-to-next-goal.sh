# Under -q an out-of-date answer ends the goal that met it, but the remaining goals are still
# looked at, so their errors are reported (exit 2); a repeated goal is not walked again.
printf 'a: b c\n\techo a\nb:\n\techo b\nc: nob\n\techo c\n' > m3.mk
printf 'a: b\n\techo a\nb: c\n\techo b\nc:\n\techo c\n' > m4.mk
printf 'a:\n\techo a\nc:\n\techo c\n' > m6.mk
make -q -f m3.mk a; echo "exit=$?"
make -q -f m3.mk a a; echo "exit=$?"
make -q -f m3.mk a nob; echo "exit=$?"
make -q -f m4.mk a nob; echo "exit=$?"
make -q -f m6.mk a b; echo "exit=$?"
make -q -f m6.mk a c; echo "exit=$?"
