# Under -q, `+` lines run (and echo) until the first ordinary line, which answers "needs
# remaking" (exit 1) and ends the recipe; a recipe of `+` lines only runs in full.
printf 'all:\n\t+echo one\n\techo two\n\t+echo three\n' > a.mk
make -q -f a.mk; echo "exit=$?"
printf 'all:\n\techo one\n\t+echo two\n' > b.mk
make -q -f b.mk; echo "exit=$?"
printf 'all:\n\t@+echo one\n\t@+echo two\n' > c.mk
make -q -f c.mk; echo "exit=$?"
printf 'all: x y\nx:\n\t+echo x\n\techo x2\ny:\n\t+echo y\n' > d.mk
make -q -f d.mk; echo "exit=$?"
make -q -k -f d.mk; echo "exit=$?"
