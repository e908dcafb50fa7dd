# A recipe that makes several targets (a pattern rule with two targets, an explicit &:
# group) first brings the explicit prerequisites of its other targets up to date (dep
# here), though they are not in its $^; a dependent is remade only when the recipe moved
# the files' times.
printf 'final: x ; @echo $@\nx: x.t1 x.t2 ; @echo $@ [$^]\nx.t2: dep\ndep: ; @echo $@\n%%.t1 %%.t2: ; @echo $*.t1 [$^]; echo $*.t2\n' > M1
printf 'final: x ; @echo $@\nx: x.t1 x.t2 ; @echo $@\nx.t2: dep\ndep: ; @echo $@\nx.t1 x.t2 &: ; @echo t1 [$^]; echo t2\n' > M2
printf 'final: x ; @echo $@\nx: x.t1 x.t2 ; @echo $@\nx.t2: dep\ndep: ; @touch $@\n%%.t1 %%.t2: ; @touch $*.t1 $*.t2; echo made\n' > M3
for f in M1 M2 M3; do
  echo "== $f"
  make -f $f; echo "rc=$?"
  rm -f x x.t1 x.t2 dep final
  touch -d '2020-01-01' x.t1 x.t2 x final
  touch -d '2021-01-01' dep
  make -f $f; echo "rc=$?"
  make -f $f; echo "rc=$?"
  rm -f x x.t1 x.t2 dep final
  make -n -f $f
  make -j2 -f $f; echo "rc=$?"
  rm -f x x.t1 x.t2 dep final
done
