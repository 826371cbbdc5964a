module example.com/outrigger/checkout-conversion

go 1.21
