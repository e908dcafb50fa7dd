#| normalise: database
# The onboarding fixtures' Makefiles (fixtures/trees/full and minimal): what `make -pn` shows
# for the help target and for a target whose recipe calls a script, with the built-in rules.
root=$(cd "$(dirname "$0")/../../.." && pwd)
mkdir full minimal
cp "$root/fixtures/trees/full/Makefile" full/
cp "$root/fixtures/trees/minimal/Makefile" minimal/
make -pn -C full help; echo "exit=$?"
make -rpq -C minimal ROOT=/nowhere deploy; echo "exit=$?"
