package io.github.dcslint.cache;

import java.io.DataInput;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;

/**
 * {@link DataInput} over a byte array already in memory, big-endian as DataInputStream. A cache
 * entry is read whole and decoded from here: DataInputStream over a BufferedInputStream makes
 * four synchronized read() calls per int, which was most of reading a warm cache (JFR).
 */
final class ByteArrayDataInput implements DataInput {
    private final byte[] data;
    private int position;

    ByteArrayDataInput(byte[] data, int offset) {
        this.data = data;
        this.position = offset;
    }

    /** Whether every byte has been read. */
    boolean atEnd() {
        return position == data.length;
    }

    private int need(int count) throws EOFException {
        if (count < 0 || data.length - position < count) {
            throw new EOFException("cache entry ends early");
        }
        int at = position;
        position += count;
        return at;
    }

    /** {@code length} bytes of UTF-8 as a string, without an intermediate copy. */
    String readUtf8(int length) throws EOFException {
        int at = need(length);
        return new String(data, at, length, StandardCharsets.UTF_8);
    }

    @Override
    public void readFully(byte[] b) throws EOFException {
        readFully(b, 0, b.length);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws EOFException {
        System.arraycopy(data, need(len), b, off, len);
    }

    @Override
    public int skipBytes(int n) {
        int skipped = Math.max(0, Math.min(n, data.length - position));
        position += skipped;
        return skipped;
    }

    @Override
    public boolean readBoolean() throws EOFException {
        return data[need(1)] != 0;
    }

    @Override
    public byte readByte() throws EOFException {
        return data[need(1)];
    }

    @Override
    public int readUnsignedByte() throws EOFException {
        return data[need(1)] & 0xFF;
    }

    @Override
    public short readShort() throws EOFException {
        int at = need(2);
        return (short) (((data[at] & 0xFF) << 8) | (data[at + 1] & 0xFF));
    }

    @Override
    public int readUnsignedShort() throws EOFException {
        return readShort() & 0xFFFF;
    }

    @Override
    public char readChar() throws EOFException {
        return (char) readShort();
    }

    @Override
    public int readInt() throws EOFException {
        int at = need(4);
        return ((data[at] & 0xFF) << 24) | ((data[at + 1] & 0xFF) << 16) | ((data[at + 2] & 0xFF) << 8)
                | (data[at + 3] & 0xFF);
    }

    @Override
    public long readLong() throws EOFException {
        return ((long) readInt() << 32) | (readInt() & 0xFFFFFFFFL);
    }

    @Override
    public float readFloat() throws EOFException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws EOFException {
        return Double.longBitsToDouble(readLong());
    }

    @Override
    public String readLine() {
        throw new UnsupportedOperationException("cache entries hold no text lines");
    }

    @Override
    public String readUTF() {
        throw new UnsupportedOperationException("cache entries hold strings as length + UTF-8");
    }
}
