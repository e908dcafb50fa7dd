# -pq: the first out-of-date file and the targets waiting on it need to be updated.
#| args: -pq -r
#| normalise: database
all: a b
	@echo all
a:
	@echo a
b:
	@echo b
