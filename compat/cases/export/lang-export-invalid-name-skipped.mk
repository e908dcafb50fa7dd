# export invalid name skipped
export A-B = 1
all: ; @echo "[$$(env | grep -c ^A-B=)]"