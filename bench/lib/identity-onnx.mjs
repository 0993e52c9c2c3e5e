// The smallest ONNX model onnxruntime will run: one float input [batch, n] passed
// through Identity to one output. Timing it beside the real model, in the same
// process, shows the per-call floor of the runtime (binding, tensors, scheduling)
// that no graph can go under. Hand-encoded protobuf (onnx.proto field numbers).
const varint = (n) => {
  const out = [];
  let v = BigInt(n);
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) b |= 0x80;
    out.push(b);
  } while (v > 0n);
  return out;
};
const bytes = (s) => [...new TextEncoder().encode(s)];
const field = (no, payload) => [...varint((no << 3) | 2), ...varint(payload.length), ...payload];
const int = (no, n) => [...varint(no << 3), ...varint(n)];
const dimParam = (name) => field(1, field(2, bytes(name))); // TensorShapeProto.dim { dim_param }
// ValueInfoProto { name=1, type=2 { tensor_type=1 { elem_type=1 (FLOAT), shape=2 } } }
const valueInfo = (name) =>
  field(1, bytes(name)).concat(
    field(2, field(1, [...int(1, 1), ...field(2, [...dimParam('batch'), ...dimParam('n')])])),
  );
const nodeProto = [
  ...field(1, bytes('x')),
  ...field(2, bytes('y')),
  ...field(4, bytes('Identity')),
];
const graph = [
  ...field(1, nodeProto),
  ...field(2, bytes('identity')),
  ...field(11, valueInfo('x')),
  ...field(12, valueInfo('y')),
];
/** ModelProto { ir_version=1: 8, graph=7, opset_import=8 { version=2: 17 } } */
export const IDENTITY_ONNX = Uint8Array.from([
  ...int(1, 8),
  ...field(7, graph),
  ...field(8, int(2, 17)),
]);
