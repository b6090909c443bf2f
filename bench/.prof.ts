import bench from "./scoring.bench";
await bench.run();
