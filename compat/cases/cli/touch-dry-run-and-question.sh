# -n wins over -t (touch lines printed, nothing touched, dependents treated as remade);
# -t wins over -q; a -q answer from an ordinary line leaves nothing to touch.
printf 'all: dep\n\techo all\ndep:\n\techo dep\n' > a.mk
printf 'all: dep\n\t+echo all\n\techo x\ndep:\n\techo dep\n' > b.mk
for flags in '-t -n' '-q -t' '-t -q -n' '-t -k -n'; do
  rm -f all dep
  make -f a.mk $flags; echo "exit=$?"; ls
  touch -d '2020-01-01' all; touch -d '2021-01-01' dep
  make -f a.mk $flags; echo "exit=$?"; ls
done
for flags in '-t -n' '-q -t' '-t -q -n' '-t -k -n'; do
  rm -f all dep
  make -f b.mk $flags; echo "exit=$?"; ls
done
