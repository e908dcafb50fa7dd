# -L: a file's time is the latest of its own and of every symlink on the way to it (GNU's
# name_mtime), relative link targets taken from the link's directory; a dangling symlink
# exists with its own time. Without -L only the final file counts.
printf 'all: link ; @echo remake all\n' > Makefile
touch -d 2020-01-01 target
touch -d 2021-01-01 all
ln -s target link
touch -h -d 2022-01-01 link
make; echo "exit=$?"
make -L; echo "exit=$?"
touch -d 2023-01-01 target
touch -h -d 2019-01-01 link
touch -d 2024-01-01 all
make; echo "exit=$?"
make -L; echo "exit=$?"
# a chain: link -> l2 -> target, only the middle link is new
rm link
ln -s target l2
ln -s l2 link
touch -d 2020-01-01 target
touch -h -d 2019-01-01 link
touch -h -d 2025-01-01 l2
make; echo "exit=$?"
make -L; echo "exit=$?"
# dangling
rm link l2
ln -s missing link
touch -h -d 2022-01-01 link
make; echo "exit=$?"
make -L; echo "exit=$?"
printf 'all: link ; @echo remake all\nlink: ; @echo make link\n' > Makefile
make; echo "exit=$?"
make -L; echo "exit=$?"
# relative links in a subdirectory
mkdir -p sub/real
touch -d 2020-01-01 sub/real/f
ln -s real/f sub/l
touch -h -d 2026-01-01 sub/l
printf 'all: sub/l ; @echo remake all\n' > Makefile
touch -d 2021-01-01 all
make; echo "exit=$?"
make -L; echo "exit=$?"
make -q -L; echo "exit=$?"
