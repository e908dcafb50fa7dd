# A file in two `&::` groups has one record in each: a run of one group's recipe makes
# only that group's record, so the file's other record still runs (or, made by the
# other group too, the file is up to date); a member brings up to date only its own
# record's prerequisites first; `-j` waits for a member's record another run holds.
t() { printf '%s\n' "$@" > Makefile; }
t 'a b &:: ; @echo "1 $@"' 'b c &:: ; @echo "2 $@"'
make a b c; echo "rc=$?"
make c b a; echo "rc=$?"
make -n a b c; echo "rc=$?"
make -k c b a; echo "rc=$?"
t '.PHONY: a b c' 'a b &:: ; @echo "1 $@"' 'b c &:: ; @echo "2 $@"'
make c b a; echo "rc=$?"
make b; echo "rc=$?"
t 'all: a b c' 'a b &:: x; @echo "1 $@"' 'b c &:: y; @echo "2 $@"' 'b:: ; @echo "3 $@"' 'x y: ; @echo $@'
make; echo "rc=$?"
make -n; echo "rc=$?"
t 'all: c b a' 'a b &:: x; @echo "1 $@"; touch a b' 'b c &:: y; @echo "2 $@"; touch b c' 'x y: ; @echo $@'
make; echo "rc=$?"
make; echo "rc=$?"
rm -f a b c
t 'a b &:: ; @touch $@.1' 'b c &:: ; @touch $@.2'
make -j4 a b c; echo "rc=$?"; ls
