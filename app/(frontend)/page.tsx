export default function Home() {
  return <h1>Professional Support Unit</h1>
}
