# Under -t, a recipe mixing `+` lines and ordinary ones prints `touch` twice when its last
# line is an ordinary one, once when it ends with a `+` line.
for r in '\t+echo a\n\t@false\n' '\t+echo a\n\t@false\n\t+echo b\n' '\t@false\n\t+echo a\n' '\t@false\n\t+echo a\n\t@false\n'; do
  printf "y:\n$r" > Makefile
  rm -f y
  make -t; echo "exit=$?"
done
