# GNU removes intermediate files walking its file hash table: the `rm` line lists them in
# slot order, not in the order they were made. aa.c and yj.c hash to the same slot (as do
# ac.c and mm.c), so the one entered first keeps it; bs.c, ca.c, bj.c, ac.c and bt.c fall
# on slots of built-in suffix files; 350 chains (over 960 names) make the table double.
printf 'all: $(patsubst %%.y,%%.o,$(wildcard *.y))\n%%.o: %%.c ; @cp $< $@\n%%.c: %%.y ; @cp $< $@\n' > Makefile
touch a.y b.y c.y zz.y q.y
make; echo "exit=$?"
rm -f *.y *.o
touch aa.y yj.y ac.y mm.y
make; echo "exit=$?"
make -n -B; echo "exit=$?"
make -n yj.o aa.o mm.o ac.o; echo "exit=$?"
rm -f *.y *.o
touch bj.y bs.y bt.y ca.y ac.y
make; echo "exit=$?"
make -r -B; echo "exit=$?"
rm -f *.y *.o
for i in $(seq 350); do touch s$i.y; done
make | md5sum; echo "exit=$?"
