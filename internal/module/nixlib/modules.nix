{ lib }:
{ }
